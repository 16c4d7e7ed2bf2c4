// Entente's JShell start-up: the library's imports. Open JShell from the project root with
//   mvn -q -DskipTests package && jshell -R-Xmx3g --class-path target/entente-cli.jar --startup DEFAULT --startup src/main/jshell/entente.jsh
// (target/entente-cli.jar names every dependency in its manifest Class-Path, over target/lib/)
import java.nio.file.*;
import org.entente.*;
import org.entente.model.*;
import org.entente.lexicon.*;

// Try:
//   var entente = Entente.defaults();                         // lexicons load now, CoreNLP on first analyze()
//   entente.score("Kenya stands ready to work with Brazil")
//   entente.analyze(Files.readString(Path.of("article.txt"))).forEach(System.out::println)
System.out.println("Entente imports loaded. Try: var entente = Entente.defaults(); entente.score(\"Kenya stands ready to work with Brazil\")");

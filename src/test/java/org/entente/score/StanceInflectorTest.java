package org.entente.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StanceInflectorTest {

    @Test
    void regularVerbs() {
        assertThat(StanceInflector.forms("accuse")).contains("accuse", "accuses", "accused", "accusing");
        assertThat(StanceInflector.forms("reject")).contains("rejects", "rejected", "rejecting");
        assertThat(StanceInflector.forms("agree")).contains("agrees", "agreed", "agreeing");
    }

    @Test
    void consonantDoublingAndY() {
        assertThat(StanceInflector.forms("stop")).contains("stops", "stopped", "stopping");
        assertThat(StanceInflector.forms("ban")).contains("banned", "banning");
        assertThat(StanceInflector.forms("ally")).contains("allies", "allied", "allying");
        assertThat(StanceInflector.forms("deploy")).contains("deploys", "deployed", "deploying");
    }

    @Test
    void sibilantsAndIrregulars() {
        assertThat(StanceInflector.forms("push")).contains("pushes", "pushed");
        assertThat(StanceInflector.forms("seek")).contains("sought");
        assertThat(StanceInflector.forms("withdraw")).contains("withdrew", "withdrawn", "withdraws");
        assertThat(StanceInflector.forms("meet")).contains("met", "meets", "meeting");
    }
}

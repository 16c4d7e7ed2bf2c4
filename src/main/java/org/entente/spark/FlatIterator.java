package org.entente.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Maps each input to a list of outputs as the outputs are asked for: one input in memory at a time. */
final class FlatIterator<I, O> implements Iterator<O> {

    private final Iterator<I> inputs;
    private final Function<I, List<O>> map;
    private Iterator<O> current = Collections.emptyIterator();

    FlatIterator(Iterator<I> inputs, Function<I, List<O>> map) {
        this.inputs = inputs;
        this.map = map;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && inputs.hasNext()) {
            current = map.apply(inputs.next()).iterator();
        }
        return current.hasNext();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }
}

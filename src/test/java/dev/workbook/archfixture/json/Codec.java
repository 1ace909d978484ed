package dev.workbook.archfixture.json;

import dev.workbook.archfixture.config.Keys;

/** A lower layer using a higher one through a compile-time constant only: javac inlines it, the bytecode shows nothing. */
public class Codec {
    String field() {
        return Keys.NAME;
    }
}

package dev.workbook.archfixture.db.docker;

import dev.workbook.archfixture.db.embedded.Impl;

/** A sideways import between providers. */
public class Docker {
    Impl borrowed;
}

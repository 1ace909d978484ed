package dev.workbook.archfixture.db;

import dev.workbook.archfixture.db.embedded.Impl;

/** The model knowing a provider: a db <-> db.embedded cycle. */
public class Model {
    Impl impl;
}

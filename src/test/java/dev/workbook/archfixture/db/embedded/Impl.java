package dev.workbook.archfixture.db.embedded;

import dev.workbook.archfixture.db.Model;

public class Impl {
    Model model;
}

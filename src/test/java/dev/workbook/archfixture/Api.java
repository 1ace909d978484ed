package dev.workbook.archfixture;

/** Root class cycle, like Workbook and HibernateSetup once were. */
public class Api {
    Setup setup() {
        return new Setup();
    }
}

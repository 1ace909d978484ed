package dev.workbook.archfixture.config;

public final class Keys {
    public static final String NAME = "name";

    private Keys() {
    }
}

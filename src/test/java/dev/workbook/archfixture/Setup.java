package dev.workbook.archfixture;

public class Setup {
    Api api() {
        return new Api();
    }
}

package dev.workbook.grading.similarity;

import java.net.URI;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * JPlag reads Java compilation units; a solution is JShell code (methods, classes, statements). This wraps it in a class
 * (declarations) or in a method of one (statements), whichever javac parses without an error, so no submission is
 * dropped by JPlag for a parse error that is only JShell's looser syntax.
 */
final class JavaWrapper {
    private JavaWrapper() {
    }

    /** The code as a compilation unit, or null when neither wrapping parses (it is then left out, and said so). */
    static String wrap(String className, String code) {
        String asMembers = "class " + className + " {\n" + code + "\n}\n";
        if (parses(asMembers)) {
            return asMembers;
        }
        String asStatements = "class " + className + " {\nvoid solution() throws Exception {\n" + code + "\n}\n}\n";
        return parses(asStatements) ? asStatements : null;
    }

    static boolean parses(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return true;   // a JRE without javac: let JPlag judge
        }
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Wrapped.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        try {
            ((com.sun.source.util.JavacTask) javac.getTask(null, null, diags, List.of("-proc:none"), null, List.of(file))).parse();
        } catch (java.io.IOException e) {
            return false;
        }
        return diags.getDiagnostics().stream().noneMatch(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR);
    }
}

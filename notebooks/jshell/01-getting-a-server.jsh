// 01-getting-a-server.jsh: generated from src/main/resources/chapters/01-getting-a-server.md by: ./workbook chapters export  (do not edit by hand)
// Run it from the project directory, after ./mvnw -Dmaven.test.skip=true package:
//   jshell --class-path "$(cat target/classpath.txt):target/classes" notebooks/jshell/01-getting-a-server.jsh
// or: ./workbook run 01

// # Getting a server
//
// Placeholder.

import dev.workbook.Workbook;
Workbook.sql("SELECT DATABASE()");

/exit

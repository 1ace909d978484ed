/**
 * A deliberately broken class set for ArchitectureTest: the same package names as the product, with a lower layer
 * using a higher one, a package cycle, a sideways import between providers, a class cycle in the root, a package in no
 * layer, and the future sandbox, web and grading packages. The rules must report each of these.
 */
package dev.workbook.archfixture;

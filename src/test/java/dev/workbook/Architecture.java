package dev.workbook;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.Map;

/**
 * The layering the design notes set ("Package layering"), as rules on any base package (the product's {@code dev.workbook},
 * or a fixture that breaks them on purpose). Layers are rungs, bottom first; each rung holds components, and a
 * component is a package ("db") or a package with its sub-packages ("sandbox.."). A class may use its own component and
 * the components of lower rungs: never a higher rung, never a sibling on its own rung (so the providers never import
 * each other). Packages that do not exist yet (sandbox, web, grading) already have their rung; a new package that is in
 * no rung fails the rule until someone places it.
 */
final class Architecture {
    /** Bottom to top. "" is the root package: the learner's API. */
    static final List<List<String>> LAYERS = List.of(
            List.of("errors"),
            List.of("json", "platform"),
            List.of("config"),
            List.of("db"),
            List.of("db.embedded", "db.docker", "db.server"),
            List.of("db.providers"),
            List.of("sql"),
            List.of("", "doctor.."),
            List.of("chapters.."),
            List.of("sandbox.."),
            List.of("exercises..", "jupyter..", "web.."),
            List.of("grading.."),
            List.of("cli.."));

    /** Inside the doctor: observations and knowledge, then checks, then the entry point. */
    static final List<List<String>> DOCTOR = List.of(
            List.of("doctor.catalogue", "doctor.probes", "doctor.reports"),
            List.of("doctor.checks"),
            List.of("doctor"));

    /** Inside exercises: the checks never import the checker (what both need goes in exercises.api or the checks). */
    static final List<List<String>> EXERCISES = List.of(
            List.of("exercises.api"),
            List.of("exercises.checks"),
            List.of("exercises"));

    /** Dependencies another helper's branch removes, allowed here until it is merged: origin package, target package. */
    static final Map<String, String> PENDING = Map.of();

    private Architecture() {
    }

    static ArchRule layers(String base) {
        return layered(base, "the product's layers", LAYERS, true);
    }

    static ArchRule doctorLayers(String base) {
        return layered(base, "the doctor's parts", DOCTOR, false);
    }

    static ArchRule exerciseLayers(String base) {
        return layered(base, "the exercises' parts", EXERCISES, false);
    }

    /** No cycle between packages (each package its own slice). */
    static ArchRule noPackageCycles(String base) {
        var rule = SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return inBase(base, c.getPackageName()) ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + base;
            }
        }).should().beFreeOfCycles();
        for (Map.Entry<String, String> p : PENDING.entrySet()) {
            rule = rule.ignoreDependency(resideInAPackage(base + "." + p.getKey()), resideInAPackage(base + "." + p.getValue()));
        }
        return rule;
    }

    /** No cycle between the classes of the root package (Workbook and HibernateSetup, each its own slice). */
    static ArchRule noClassCyclesInRoot(String base) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                if (!c.getPackageName().equals(base)) {
                    return SliceIdentifier.ignore();
                }
                String name = c.getName();
                int nested = name.indexOf('$');
                return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
            }

            @Override
            public String getDescription() {
                return "the classes of " + base;
            }
        }).should().beFreeOfCycles();
    }

    private static ArchRule layered(String base, String what, List<List<String>> rungs, boolean everyPackagePlaced) {
        return classes().that().resideInAPackage(base + "..").should(new ArchCondition<JavaClass>("use only " + what
                + " below their own") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (place(base, rungs, c.getPackageName()) == null) {
                    if (everyPackagePlaced) {
                        events.add(SimpleConditionEvent.violated(c, c.getPackageName() + " is in no layer: place it in "
                                + "Architecture.LAYERS (and in DESIGN.md)"));
                    }
                    return;
                }
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    String why = verdict(base, rungs, c.getPackageName(), d.getTargetClass().getPackageName());
                    if (why != null) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": " + why));
                    }
                }
            }
        });
    }

    /** Why a class of package {@code from} may not use one of package {@code to}, or null when it may. */
    static String verdict(String base, List<List<String>> rungs, String from, String to) {
        Place f = place(base, rungs, from);
        Place t = place(base, rungs, to);
        if (f == null || t == null || t.component().equals(f.component()) || t.rung() < f.rung() || pending(base, from, to)) {
            return null;
        }
        return (t.rung() == f.rung() ? "a sibling on the same layer" : "a higher layer") + " (" + f.component() + " -> "
                + t.component() + ")";
    }

    private record Place(int rung, String component) {
    }

    private static Place place(String base, List<List<String>> rungs, String pkg) {
        if (!inBase(base, pkg)) {
            return null;
        }
        String rel = pkg.equals(base) ? "" : pkg.substring(base.length() + 1);
        for (int i = 0; i < rungs.size(); i++) {
            for (String comp : rungs.get(i)) {
                boolean tree = comp.endsWith("..");
                String root = tree ? comp.substring(0, comp.length() - 2) : comp;
                if (rel.equals(root) || tree && rel.startsWith(root + ".")) {
                    return new Place(i, comp);
                }
            }
        }
        return null;
    }

    static boolean pending(String base, String from, String to) {
        String rel = from.equals(base) ? "" : from.substring(base.length() + 1);
        return PENDING.containsKey(rel) && to.equals(base + "." + PENDING.get(rel));
    }

    private static boolean inBase(String base, String pkg) {
        return pkg.equals(base) || pkg.startsWith(base + ".");
    }
}

package dev.workbook.web;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets {@code {{ student.firstname }}} read a package-private {@code getFirstname()} (or field): Pebble itself only
 * sees public members, and classes declared in JShell cells, like the workbook's entities, keep theirs
 * package-private. Public members, maps, lists and method calls with arguments are left to Pebble.
 */
final class MemberAttributes implements AttributeResolver {
    private final Map<Class<?>, Map<String, Optional<AccessibleObject>>> cache = new ConcurrentHashMap<>();

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
                                     ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || attributeNameValue == null || (argumentValues != null && argumentValues.length > 0)
                || instance instanceof Map || instance instanceof List || instance.getClass().isArray()) {
            return null;
        }
        String name = String.valueOf(attributeNameValue);
        Optional<AccessibleObject> member = cache.computeIfAbsent(instance.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> find(instance.getClass(), n));
        if (member.isEmpty()) {
            return null;
        }
        try {
            return new ResolvedAttribute(member.get() instanceof Method m ? m.invoke(instance) : ((Field) member.get()).get(instance));
        } catch (IllegalAccessException e) {
            return null;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("'" + name + "' of " + instance.getClass().getSimpleName() + " failed in "
                    + filename + " line " + lineNumber + ": " + e.getCause(), e.getCause());
        }
    }

    /** A non-public getter (getX, isX, x()) or field named like the attribute; empty when Pebble can do it alone. */
    private static Optional<AccessibleObject> find(Class<?> type, String name) {
        String cap = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + cap, "is" + cap, "has" + cap, name)) {
            try {
                if (Modifier.isPublic(type.getModifiers()) && type.getMethod(candidate) != null) {
                    return Optional.empty();
                }
            } catch (NoSuchMethodException e) {
                // not public: look further
            }
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (String candidate : List.of("get" + cap, "is" + cap, "has" + cap, name)) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(candidate) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                            && m.getReturnType() != void.class && m.trySetAccessible()) {
                        return Optional.of(m);
                    }
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers()) && f.trySetAccessible()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}

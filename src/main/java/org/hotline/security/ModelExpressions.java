package org.hotline.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * The allow-list of what an expression may reach, in a deployed model, a decision or anywhere else the engine
 * evaluates one. An expression may use literals, operators, process variables and the beans of
 * {@link ExpressionBeans} by name; it may read or call only these members:
 * <ul>
 * <li>on {@code execution} and {@code task}: reading and writing variables ({@link #VARIABLE_METHODS});</li>
 * <li>on the beans of {@link #BEAN_MEMBERS}: the members listed there.</li>
 * </ul>
 * Nothing else: no function ({@code S()}, {@code JSON()}, {@code XML()}, {@code now()} ...), no {@code [ ]}, no member
 * of any other object, so no way to reach a {@link Class} or the engine's services. The same list is applied twice:
 * by {@link #problems(String)} to every expression of a deployment before the engine parses it, and by the
 * engine's expression resolver ({@link GuardedExpressionManager}) whenever an expression runs.
 */
public final class ModelExpressions {

    /** Beans whose members an expression may use (a property read or a method call), and those members. */
    static final Map<String, Set<String>> BEAN_MEMBERS = Map.of(
            "taskDue", Set.of("after"),
            "referralTiming", Set.of("chaseAfter"),
            "protocolReviewSchedule", Set.of("cycle"));
    /** The objects an expression runs in. */
    static final Set<String> SCOPES = Set.of("execution", "task");
    /** What an expression may call on the execution or task it runs in. */
    static final Set<String> VARIABLE_METHODS =
            Set.of("getVariable", "getVariableLocal", "hasVariable", "setVariable", "setVariableLocal");

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS);

    private ModelExpressions() {
    }

    /**
     * What in this text is outside the allow-list, one sentence each; empty when it holds no expression or only
     * allowed ones. Text without {@code ${} or {@code #{} is plain text to the engine and always passes.
     */
    public static List<String> problems(String text) {
        if (text == null || (!text.contains("${") && !text.contains("#{"))) {
            return List.of();
        }
        Node root;
        try {
            root = PARSER.build(text).getRoot();
        } catch (TreeBuilderException e) {
            return List.of("is not a valid expression");
        }
        List<String> problems = new ArrayList<>();
        check(root, problems);
        return problems;
    }

    private static void check(Node node, List<String> problems) {
        if (node instanceof AstFunction function) {
            problems.add("calls the function " + function.getName() + "(), and no function may be called");
            return;
        }
        if (node instanceof AstBracket) {
            problems.add("uses [ ]; name a variable or an allowed member instead");
            return;
        }
        if (node instanceof AstMethod method) {
            member(method.getChild(0), true, problems);
            check(method.getChild(1), problems);
            return;
        }
        if (node instanceof AstDot) {
            member(node, false, problems);
            return;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            check(node.getChild(i), problems);
        }
    }

    private static void member(Node property, boolean call, List<String> problems) {
        if (!(property instanceof AstDot dot)) {
            problems.add("uses [ ]; name a variable or an allowed member instead");
            return;
        }
        String member = dot.toString().substring(2); // AstDot prints ". member"
        Node prefix = dot.getChild(0);
        if (!(prefix instanceof AstIdentifier identifier)) {
            // The innermost step out of the list says most; a chain is reported once.
            int before = problems.size();
            check(prefix, problems);
            if (problems.size() == before) {
                problems.add((call ? "calls " + member + "()" : "reads ." + member) + " on the result of another "
                        + "expression; only members of a named bean, execution or task may be used");
            }
            return;
        }
        if (!allowedByName(identifier.getName(), member, call)) {
            problems.add((call ? "calls " + identifier.getName() + "." + member + "()" : "reads " + identifier.getName()
                    + "." + member) + ", which is not on the list of what expressions may use");
        }
    }

    private static boolean allowedByName(String base, String member, boolean call) {
        if (SCOPES.contains(base)) {
            return call && VARIABLE_METHODS.contains(member);
        }
        return BEAN_MEMBERS.getOrDefault(base, Set.of()).contains(member);
    }

    /** The same list at run time: may this member of this object be used? {@code beanName} names {@code base}, if a bean. */
    static boolean allowed(Object base, String beanName, String member, boolean call) {
        if (base instanceof VariableScope) {
            return call && VARIABLE_METHODS.contains(member);
        }
        return beanName != null && BEAN_MEMBERS.getOrDefault(beanName, Set.of()).contains(member);
    }
}

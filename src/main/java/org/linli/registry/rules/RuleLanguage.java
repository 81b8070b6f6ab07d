package org.linli.registry.rules;

import java.util.Optional;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

/**
 * The rule language as CEL declares it: one living resident's fields, the functions that need the
 * resident (bound late, per evaluation) and the household's other members as a struct type, so
 * that a member field that does not exist is refused by the checker with its position.
 */
final class RuleLanguage {

    static final String AGE = "age";
    static final String SEX = "sex";
    static final String REGISTRATION = "registration";
    static final String RELATION = "relation";
    static final String TAGS = "tags";
    static final String MEMBERS = "members";
    static final String HOUSEHOLD_SIZE = "household_size";
    static final String GRADE = "grade";
    static final String AGE_ON = "age_on";
    static final String WITHIN = "within";
    static final String GRADE_OVERLOAD = "grade_string";
    static final String AGE_ON_OVERLOAD = "age_on_string";
    static final String WITHIN_OVERLOAD = "within_string";

    static final String MEMBER_TYPE = "linli.Member";
    static final ListType STRING_LIST = ListType.create(SimpleType.STRING);
    static final StructType MEMBER = StructType.create(MEMBER_TYPE, ImmutableSet.of(AGE, SEX, RELATION, TAGS),
            field -> Optional.ofNullable(switch (field) {
                case AGE -> SimpleType.INT;
                case SEX, RELATION -> SimpleType.STRING;
                case TAGS -> STRING_LIST;
                default -> null;
            }));

    private RuleLanguage() {
    }

    static CelCompiler compiler() {
        return CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .setTypeProvider(new Types())
                .addVar(AGE, SimpleType.INT)
                .addVar(SEX, SimpleType.STRING)
                .addVar(REGISTRATION, SimpleType.STRING)
                .addVar(RELATION, SimpleType.STRING)
                .addVar(TAGS, STRING_LIST)
                .addVar(MEMBERS, ListType.create(MEMBER))
                .addVar(HOUSEHOLD_SIZE, SimpleType.INT)
                .addFunctionDeclarations(
                        function(GRADE, GRADE_OVERLOAD, SimpleType.INT),
                        function(AGE_ON, AGE_ON_OVERLOAD, SimpleType.INT),
                        function(WITHIN, WITHIN_OVERLOAD, SimpleType.BOOL))
                .build();
    }

    /** The runtime: the resident's own functions come with each evaluation ({@code CelLateFunctionBindings}). */
    static CelRuntime runtime() {
        return CelRuntimeFactory.standardCelRuntimeBuilder().build();
    }

    private static CelFunctionDecl function(String name, String overload, CelType result) {
        return CelFunctionDecl.newFunctionDeclaration(name,
                CelOverloadDecl.newGlobalOverload(overload, result, SimpleType.STRING));
    }

    /** Makes the member type known to the checker. */
    private static final class Types implements CelTypeProvider {

        @Override
        public ImmutableCollection<CelType> types() {
            return ImmutableList.of(MEMBER);
        }

        @Override
        public Optional<CelType> findType(String name) {
            return MEMBER_TYPE.equals(name) ? Optional.of(MEMBER) : Optional.empty();
        }
    }
}

package org.linli.registry.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The checks of an imported row that need no building: each failing cell is reported on its field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EnrolmentRowValidator.class)
public @interface EnrolmentRow {

    String message() default "{registry.enrolment.row}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

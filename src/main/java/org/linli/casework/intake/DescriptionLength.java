package org.linli.casework.intake;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.linli.casework.Channel;

/**
 * A case's description, 5–2000 characters as people type it on the forms; Open311 clients may send
 * from one up to GeoReport's 4,000 (issue #13). Reported on the {@code description} field, so the
 * forms show it where they show it today.
 */
@Documented
@Constraint(validatedBy = DescriptionLength.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DescriptionLength {

    int OPEN311_MAX = 4000;

    String message() default "{casework.description.size}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DescriptionLength, NewCase> {

        @Override
        public boolean isValid(NewCase form, ConstraintValidatorContext context) {
            int length = form.description().length();
            boolean open311 = form.channel() == Channel.OPEN311;
            if (open311 ? length >= 1 && length <= OPEN311_MAX : length >= 5 && length <= 2000) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(open311 ? "{casework.description.open311-size}" : "{casework.description.size}")
                    .addPropertyNode("description").addConstraintViolation();
            return false;
        }
    }
}

package org.linli.consultation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A local date-time after now by the application's clock. Bean Validation's own {@code @Future}
 * reads the system clock, which tests cannot move; this one is built by Spring with the
 * {@link Clock} bean.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AfterNow.Check.class)
@interface AfterNow {

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AfterNow, LocalDateTime> {

        private final Clock clock;

        Check(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(LocalDateTime value, ConstraintValidatorContext context) {
            return value == null || value.isAfter(LocalDateTime.now(clock));
        }
    }
}

package org.linli.registry.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.context.MessageSource;

/** Runs {@link RowCheck} on the typed form, without the building (picked, not typed), and reports every error. */
class EnrolmentRowValidator implements ConstraintValidator<EnrolmentRow, NewResident> {

    private final Clock clock;
    private final MessageSource messages;

    EnrolmentRowValidator(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public boolean isValid(NewResident form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        RowCheck.Outcome outcome = new RowCheck(LocalDate.now(clock), null).check(form.line(""));
        if (outcome.errors().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        outcome.errors().forEach((column, reason) -> context
                .buildConstraintViolationWithTemplate(literal(messages.getMessage(NewResident.formKey(reason.key()), reason.args(), Locale.SIMPLIFIED_CHINESE)))
                .addPropertyNode(NewResident.fieldOf(column))
                .addConstraintViolation());
        return false;
    }

    /** A resolved text as a message template that interpolates to itself. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}

package org.linli.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a form is shown again when its command is refused: the page's path, with the posted
 * path's variables or posted fields in braces (e.g. {@code /cases/{id}},
 * {@code /residents/new?building={building}}), and which of the page's forms it was, so the page
 * puts the errors beside the right one. Without it the form is shown again at the posted path.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormPage {

    /** The path of the page that shows the form; empty for the posted path itself. */
    String value() default "";

    /**
     * The name of the form on the page, given to the page as {@code refusedForm}; it may name the posted path's
     * variables, for a page with one form per row ({@code answer-{commentId}}).
     */
    String form() default "";
}

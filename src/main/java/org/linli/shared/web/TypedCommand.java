package org.linli.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelFactory;

/**
 * The command a refused handler took, bound again from the posted fields, so that a form written
 * with {@code th:object} shows the refusal beside its field and keeps what was typed.
 */
final class TypedCommand {

    private TypedCommand() {
    }

    /**
     * The binding of the handler's {@code @ModelAttribute} or {@code @Valid} command, or null if it
     * takes none or it cannot be made again. The binder is set up as MVC's own ({@code initializer}:
     * its conversions, e.g. dates), so a command that bound once binds again.
     */
    static BindingResult rebind(HandlerMethod handler, HttpServletRequest request, WebBindingInitializer initializer) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            boolean command = parameter.hasParameterAnnotation(ModelAttribute.class)
                    || parameter.hasParameterAnnotation(Valid.class);
            if (command && !BeanUtils.isSimpleProperty(parameter.getParameterType())) {
                ServletRequestDataBinder binder = new ServletRequestDataBinder(null, ModelFactory.getNameForParameter(parameter));
                if (initializer != null) {
                    initializer.initBinder(binder);
                }
                binder.setTargetType(ResolvableType.forMethodParameter(parameter));
                binder.construct(request);
                // Records are bound by constructing them; a bean command (a form with setters) is bound after.
                if (binder.getTarget() != null && !binder.getTarget().getClass().isRecord()) {
                    binder.bind(request);
                }
                return binder.getTarget() == null || binder.getBindingResult().getTarget() == null ? null
                        : binder.getBindingResult();
            }
        }
        return null;
    }
}

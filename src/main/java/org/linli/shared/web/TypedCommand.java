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
     * takes none. The binder converts as the handler's did ({@code initializer}: dates, numbers).
     */
    static BindingResult rebind(HandlerMethod handler, HttpServletRequest request, WebBindingInitializer initializer) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            boolean command = parameter.hasParameterAnnotation(ModelAttribute.class)
                    || parameter.hasParameterAnnotation(Valid.class);
            if (command && !BeanUtils.isSimpleProperty(parameter.getParameterType())) {
                ServletRequestDataBinder binder = new ServletRequestDataBinder(null, ModelFactory.getNameForParameter(parameter));
                binder.setTargetType(ResolvableType.forMethodParameter(parameter));
                if (initializer != null) {
                    initializer.initBinder(binder);
                }
                binder.construct(request);
                // Commands are records: constructing binds every field, there are no setters to call.
                return binder.getTarget() == null || binder.getBindingResult().getTarget() == null ? null : binder.getBindingResult();
            }
        }
        return null;
    }
}

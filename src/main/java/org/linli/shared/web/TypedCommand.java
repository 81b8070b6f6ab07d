package org.linli.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The command a refused handler took, bound again from the posted fields, so that a form written
 * with {@code th:object} shows the refusal beside its field and keeps what was typed.
 */
final class TypedCommand {

    private TypedCommand() {
    }

    /** The binding of the handler's {@code @ModelAttribute} or {@code @Valid} command, or null if it takes none. */
    static BindingResult rebind(HandlerMethod handler, HttpServletRequest request) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            boolean command = parameter.hasParameterAnnotation(ModelAttribute.class)
                    || parameter.hasParameterAnnotation(Valid.class);
            if (command && !BeanUtils.isSimpleProperty(parameter.getParameterType())) {
                ServletRequestDataBinder binder = new ServletRequestDataBinder(null, ModelFactory.getNameForParameter(parameter));
                binder.setTargetType(ResolvableType.forMethodParameter(parameter));
                // Convert as the handler's binding did (dates with @DateTimeFormat, numbers), or the record is half-built.
                WebApplicationContext web = RequestContextUtils.findWebApplicationContext(request);
                if (web != null && web.containsBean("mvcConversionService")) {
                    binder.setConversionService(web.getBean("mvcConversionService", ConversionService.class));
                }
                binder.construct(request);
                // Commands are records: constructing binds every field, there are no setters to call.
                BindingResult binding = binder.getTarget() == null ? null : binder.getBindingResult();
                return binding == null || binding.getTarget() == null ? null : binding;
            }
        }
        return null;
    }
}

package org.linli.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linli.shared.Refusal;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Shows a refused form again, in place of a try/catch in every handler. A module declares one
 * subclass, scoped to its package with {@code @ControllerAdvice}; its handlers then just call the
 * use case. When the use case refuses ({@link Refusal}) or the typed command fails Bean Validation,
 * the page that holds the form ({@link FormPage}, or the posted path) is rendered by its own GET
 * handler, with these in its model, exactly as if they had been flashed to it:
 * <ul>
 * <li>{@code errors}: field → message in Chinese, from {@code messages.properties};</li>
 * <li>{@code refusal}: the message when it concerns the whole command;</li>
 * <li>{@code typed}: what the user typed, field → value ({@code typedValues} for lists), passwords excluded;</li>
 * <li>{@code refusedForm}: which form of the page it was;</li>
 * <li>the bound command and its {@code BindingResult}, so {@code th:object} forms show their field errors.</li>
 * </ul>
 * The answer is the page itself with status 200, as a re-rendered form has always been.
 */
public abstract class RefusalAdvice {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ApplicationContext context;

    protected RefusalAdvice(ApplicationContext context) {
        this.context = context;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal refusal, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        String message = context.getMessage(refusal.key(), refusal.args(), CHINESE);
        Map<String, String> errors = new LinkedHashMap<>();
        refusal.field().ifPresent(field -> errors.put(field, message));
        BindingResult binding = TypedCommand.rebind(handler, request);
        if (binding != null) {
            if (refusal.field().isPresent() && binding.getFieldType(refusal.field().get()) != null) {
                binding.rejectValue(refusal.field().get(), refusal.key(), refusal.args(), message);
            } else {
                binding.reject(refusal.key(), refusal.args(), message);
            }
        }
        return again(handler, request, response, errors, refusal.field().isPresent() ? null : message, binding);
    }

    /** Also {@code MethodArgumentNotValidException}: a {@code @Valid} command that failed its constraints. */
    @ExceptionHandler(BindException.class)
    ModelAndView invalid(BindException invalid, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        MessageSource messages = context;
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : invalid.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, CHINESE));
        }
        List<String> global = invalid.getGlobalErrors().stream().map(e -> messages.getMessage(e, CHINESE)).toList();
        return again(handler, request, response, errors, global.isEmpty() ? null : String.join("；", global),
                invalid.getBindingResult());
    }

    /** The form's name with the posted path's variables put in ({@code answer-{commentId}} → {@code answer-7}). */
    private static String named(String form, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String name = form;
        if (variables != null) {
            for (Map.Entry<String, String> v : variables.entrySet()) {
                name = name.replace("{" + v.getKey() + "}", v.getValue());
            }
        }
        return name;
    }

    private ModelAndView again(HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
                               Map<String, String> errors, String refusal, BindingResult binding) throws Exception {
        FormPage page = handler.getMethodAnnotation(FormPage.class);
        FlashMap shown = new FlashMap();
        shown.put("errors", errors);
        if (refusal != null) {
            shown.put("refusal", refusal);
        }
        shown.put("typed", TypedValues.first(request));
        shown.put("typedValues", TypedValues.all(request));
        shown.put("refusedForm", page == null ? "" : named(page.form(), request));
        if (binding != null) {
            shown.put(binding.getObjectName(), binding.getTarget());
            shown.put(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), binding);
        }
        FormPageRequest get = FormPageRequest.of(request, page == null ? "" : page.value());
        get.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, shown);
        HandlerExecutionChain chain = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandler(get);
        if (chain == null) {
            throw new IllegalStateException("no page shows the form of " + request.getRequestURI());
        }
        get.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        ModelAndView view = context.getBean(RequestMappingHandlerAdapter.class).handle(get, response, chain.getHandler());
        return view == null ? new ModelAndView() : view;
    }
}

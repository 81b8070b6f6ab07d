package org.linli.shared.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * The posted request seen as a GET of the page that holds its form: same session, user and
 * attributes, the page's path, and only the page's own query parameters (the posted fields reach
 * the page as {@code typed}, never as parameters a page handler might mistake for its own).
 */
final class FormPageRequest extends HttpServletRequestWrapper {

    private final String path;
    private final String query;
    private final Map<String, String[]> parameters;

    private FormPageRequest(HttpServletRequest posted, String path, String query, Map<String, String[]> parameters) {
        super(posted);
        this.path = path;
        this.query = query;
        this.parameters = parameters;
    }

    /** {@code page} may name the posted path's variables ({@code /cases/{id}}); empty means the posted path. */
    static FormPageRequest of(HttpServletRequest posted, String page) {
        String target = page;
        if (target.isEmpty()) {
            target = ServletRequestPathUtils.getParsedRequestPath(posted).pathWithinApplication().value();
        }
        UriComponents raw = UriComponentsBuilder.fromUriString(target).buildAndExpand(variables(posted));
        MultiValueMap<String, String> query = raw.getQueryParams();
        Map<String, String[]> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        UriComponents uri = raw.encode();
        FormPageRequest get = new FormPageRequest(posted, uri.getPath(), uri.getQuery(), parameters);
        get.removeAttribute(UrlPathHelper.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(get);
        return get;
    }

    /** The posted path's variables, then the posted fields: {@code /residents/new?building={building}}. */
    private static Map<String, String> variables(HttpServletRequest posted) {
        Map<String, String> variables = new LinkedHashMap<>();
        posted.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                variables.put(name, values[0]);
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) posted.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (path != null) {
            variables.putAll(path);
        }
        return variables;
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getRequestURI() {
        return getContextPath() + path;
    }

    @Override
    public StringBuffer getRequestURL() {
        return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
    }

    @Override
    public String getServletPath() {
        return path;
    }

    @Override
    public String getPathInfo() {
        return null;
    }

    @Override
    public String getQueryString() {
        return query;
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }
}

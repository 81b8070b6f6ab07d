package org.linli.platform;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Versioned links to static files without a class-path search per link. Spring's
 * {@link ResourceUrlEncodingFilter} (on because the WebJars locator turns the resource chain on)
 * rewrites {@code /webjars/bootstrap/css/…} to the jar's versioned path, but it asks the resource
 * chain about every {@code @{…}} link of a page, and for a link that is no file (a page's route)
 * every asking searches the static locations and the nested jars and caches nothing: about
 * 0.2 ms a link, most of a long page's time (issue #12). This filter replaces Boot's: it hands
 * the chain only links under WebJars or under a top-level entry of a static location (learned
 * once per first path segment), and every other link straight to the container.
 */
class StaticLinks extends ResourceUrlEncodingFilter {

    /** More distinct first segments than any set of routes has: links made of data are not remembered. */
    private static final int REMEMBERED = 1000;

    private final ResourceLoader resources;
    private final List<String> locations;
    private final Map<String, Boolean> staticSegments = new ConcurrentHashMap<>();

    StaticLinks(ResourceLoader resources, List<String> locations) {
        this.resources = resources;
        this.locations = locations.stream().map(l -> l.endsWith("/") ? l : l + "/").toList();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
            super.doFilter(request, response, chain);
            return;
        }
        String context = http.getContextPath();
        super.doFilter(request, response, (req, encoding) -> chain.doFilter(req,
                new HttpServletResponseWrapper((HttpServletResponse) encoding) {
                    @Override
                    public String encodeURL(String url) {
                        return isStatic(context, url) ? super.encodeURL(url) : plain.encodeURL(url);
                    }
                }));
    }

    /** Whether a link points under WebJars or a static location's top-level folder or file. */
    boolean isStatic(String context, String url) {
        if (!url.startsWith(context + "/")) {
            return false;
        }
        String path = url.substring(context.length() + 1);
        int end = path.length();
        for (char stop : new char[] {'/', '?', '#', ';'}) {
            int at = path.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String segment = path.substring(0, end);
        if (segment.equals("webjars")) {
            return true;
        }
        if (segment.isEmpty() || segment.contains("..")) {
            return false;
        }
        Boolean known = staticSegments.get(segment);
        if (known == null) {
            known = locations.stream().anyMatch(l -> resources.getResource(l + segment).exists());
            if (staticSegments.size() < REMEMBERED) {
                staticSegments.put(segment, known);
            }
        }
        return known;
    }

    /** Registered like Boot's own filter (which steps aside for it), for requests and error pages. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinks(ResourceLoader resources, WebProperties web) {
            FilterRegistrationBean<ResourceUrlEncodingFilter> bean = new FilterRegistrationBean<>(
                    new StaticLinks(resources, List.of(web.getResources().getStaticLocations())));
            bean.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return bean;
        }
    }
}

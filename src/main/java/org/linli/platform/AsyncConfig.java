package org.linli.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Modules react to each other's events after the publishing change has committed, on the task
 * executor ({@code @ApplicationModuleListener} is asynchronous); the event publication registry
 * keeps each event until its listener has succeeded, and resubmits the rest on restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfig {
}

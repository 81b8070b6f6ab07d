package org.linli.benefits.outreach;

/**
 * An outreach task as lists show it: the match with the resident's name masked as the registry
 * masks it, their age on the day and their address.
 */
public record Task(Match match, String name, Integer age, String address) {
}

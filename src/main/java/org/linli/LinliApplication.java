package org.linli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Linli, one application of modules (see {@code docs/architecture.md}). The kernel values in
 * {@code shared} and the request plumbing in {@code platform} are part of every module's test.
 */
@SpringBootApplication
@Modulithic(sharedModules = {"shared", "platform"})
public class LinliApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinliApplication.class, args);
    }
}

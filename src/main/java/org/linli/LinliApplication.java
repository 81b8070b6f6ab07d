package org.linli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LinliApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinliApplication.class, args);
    }
}

package cn.summerhotline.openday;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OpendayServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpendayServiceApplication.class, args);
    }
}

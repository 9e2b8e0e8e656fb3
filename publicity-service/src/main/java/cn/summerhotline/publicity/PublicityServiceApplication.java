package cn.summerhotline.publicity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PublicityServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublicityServiceApplication.class, args);
    }
}

package cn.summerhotline.publicity.cases.infrastructure;

import cn.summerhotline.publicity.cases.application.ComplaintCases;
import java.util.List;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Configuration;

/** {@link ComplaintCases} over complaint-service's API (address: {@code spring.cloud.openfeign.client.config.complaint-service.url}). */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = ComplaintServiceClient.class)
class FeignComplaintCases implements ComplaintCases {

    private final ComplaintServiceClient client;

    FeignComplaintCases(ComplaintServiceClient client) {
        this.client = client;
    }

    @Override
    public List<ResolvedCase> resolved(String district, String category, String status, int size) {
        ComplaintServiceClient.ComplaintPage page = client.list(district, status, category, 0, size);
        return page == null || page.items() == null ? List.of() : page.items();
    }

    @Override
    public ResolvedCase complaint(String id) {
        return client.complaint(id);
    }
}

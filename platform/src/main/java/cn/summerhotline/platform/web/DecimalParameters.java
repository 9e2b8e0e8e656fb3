package cn.summerhotline.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in query and path parameters are decimal. Spring's default number editor also reads
 * {@code 0x10} and {@code #10} as sixteen and {@code 010} as eight, so {@code page=0x10} would be page 16.
 */
@ControllerAdvice
final class DecimalParameters {

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf, true));
        binder.registerCustomEditor(long.class, new Decimal(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf, true));
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final Function<String, Number> parse;
        private final boolean allowEmpty;

        Decimal(Function<String, Number> parse, boolean allowEmpty) {
            this.parse = parse;
            this.allowEmpty = allowEmpty;
        }

        @Override
        public void setAsText(String text) {
            String value = text == null ? "" : text.trim();
            if (value.isEmpty() && allowEmpty) {
                setValue(null);
                return;
            }
            // NumberFormatException is an IllegalArgumentException: the binder answers it as a type mismatch.
            setValue(parse.apply(value));
        }
    }
}

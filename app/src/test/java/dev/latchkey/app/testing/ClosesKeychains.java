package dev.latchkey.app.testing;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Closes the keychains of every {@link TestKeychains} field after each test, before JUnit
 * deletes the temp folder: an open H2 store may still write its files while they are deleted,
 * and the cleanup then fails the test.
 */
public final class ClosesKeychains implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws IllegalAccessException {
        Object test = context.getRequiredTestInstance();
        for (Class<?> c = test.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == TestKeychains.class) {
                    f.setAccessible(true);
                    TestKeychains keychains = (TestKeychains) f.get(test);
                    if (keychains != null) {
                        keychains.service.close();
                    }
                }
            }
        }
    }
}

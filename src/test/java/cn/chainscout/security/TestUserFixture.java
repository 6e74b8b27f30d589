package cn.chainscout.security;

import java.util.List;

import cn.chainscout.TestUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The test context's accounts, one per role ({@link TestUser}); before the first-start admin account. */
@Component
@Order(-1)
class TestUserFixture implements ApplicationRunner {

    private final UserQueries users;
    private final PasswordEncoder encoder;

    TestUserFixture(UserQueries users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (TestUser user : TestUser.values()) {
            if (users.find(user.username()).isEmpty()) {
                users.create(user.username(), encoder.encode(user.password()), List.of(user.role()), false, "test-fixture");
            }
        }
    }
}

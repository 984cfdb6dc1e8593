package duban.connect;

import java.util.Arrays;

/**
 * What the login dialog gives: the login role and the password as typed. The password is a
 * {@code char[]} so that it can be wiped ({@link #forget}) once the connection was tried; it is
 * never logged, written or put into a message, and {@link #toString} leaves it out.
 *
 * @param user     the login role (登录名), trimmed
 * @param password the password (密码), as typed
 */
public record Login(String user, char[] password) {

    /** Overwrites the password, after the connection was tried with it. */
    public void forget() {
        Arrays.fill(password, '\0');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Login login && user.equals(login.user) && Arrays.equals(password, login.password);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    @Override
    public String toString() {
        return "Login[" + user + "]";
    }
}

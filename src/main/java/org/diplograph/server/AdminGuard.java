package org.diplograph.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Guards the admin actions under {@code /$/}: any request that changes something (every method but GET, HEAD and
 * OPTIONS; {@code /$/ping} excepted) needs the admin login: 401 without a valid one, 403 for the read-only user.
 * Reading admin information stays as Shiro has it, so the console keeps working; requests from other machines are
 * left to Shiro, which refuses them (403) whatever the login.
 */
final class AdminGuard implements Filter {
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    private final String adminPassword;
    private final Optional<String> readerPassword;

    AdminGuard(String adminPassword, Optional<String> readerPassword) {
        this.adminPassword = adminPassword;
        this.readerPassword = readerPassword;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        if (READING.contains(http.getMethod()) || http.getRequestURI().endsWith("/$/ping") || !isLoopback(http.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        String user = loggedIn(http.getHeader("Authorization"));
        if (user == null) {
            out.setHeader("WWW-Authenticate", "Basic realm=\"Diplograph admin\"");
            out.sendError(HttpServletResponse.SC_UNAUTHORIZED, "The admin login is needed");
        } else if (!user.equals(Credentials.USER)) {
            out.sendError(HttpServletResponse.SC_FORBIDDEN, "User " + user + " may not use the admin actions");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The user whose name and password the basic-auth header carries, or null. */
    private String loggedIn(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = pair.indexOf(':');
        if (colon < 0) return null;
        String user = pair.substring(0, colon);
        String password = pair.substring(colon + 1);
        if (user.equals(Credentials.USER) && same(password, adminPassword)) return user;
        if (user.equals(Credentials.READER) && readerPassword.isPresent() && same(password, readerPassword.get())) return user;
        return null;
    }

    // Constant time, so the answer's timing says nothing about the password.
    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class NameResolverTest {
    @Test
    void a_bare_family_name_written_first_is_the_leader_not_a_spouse_named_later() {
        NameResolver names = new NameResolver();
        NameResolver.Named leader = names.person("Kim Jong-un", 0);
        leader.role = "leader";
        NameResolver.Named spokesman = names.person("Kim Eui-kyeom", 1);
        spokesman.role = "spokesman";
        NameResolver.Named firstLady = names.person("Kim Jung-sook", 2);
        firstLady.role = "first lady";
        assertSame(leader, names.person("Kim", 3));
    }

    @Test
    void a_bare_surname_goes_to_the_titled_person_when_the_first_named_is_only_a_wife() {
        NameResolver names = new NameResolver();
        NameResolver.Named wife = names.person("Yuko Kishida", 0);
        wife.role = "wife";
        NameResolver.Named pm = names.person("Fumio Kishida", 0);
        pm.role = "Prime Minister";
        assertSame(pm, names.person("Kishida", 1));
    }

    @Test
    void a_misspelt_surname_resolves_to_the_name_seen_before() {
        NameResolver names = new NameResolver();
        NameResolver.Named shoigu = names.person("Sergei Shoigu", 0);
        assertSame(shoigu, names.person("Shiogu", 2));
        assertEquals("Sergei Shoigu", shoigu.name);
    }

    @Test
    void a_father_named_inside_his_sons_name_is_another_person() {
        NameResolver names = new NameResolver();
        NameResolver.Named king = names.person("Salman bin Abdulaziz Al Saud", 0);
        NameResolver.Named crownPrince = names.person("Mohammed bin Salman bin Abdulaziz Al Saud", 3);
        assertNotSame(king, crownPrince);
        assertSame(crownPrince, names.person("Mohammed bin Salman", 4));
    }

    @Test
    void a_name_from_the_middle_of_a_full_name_is_that_person() {
        NameResolver names = new NameResolver();
        NameResolver.Named lula = names.person("Luiz Inácio Lula da Silva", 0);
        assertSame(lula, names.person("Lula", 5));
    }
}

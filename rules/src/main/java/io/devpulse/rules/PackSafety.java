package io.devpulse.rules;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.DialectRuntimeData;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A rule pack is code that runs with the user's rights. Unless it declares itself trusted (a line
 * {@value #TRUSTED} in one of its {@code .drl} files), a pack may not reach the process, files, the
 * network, the environment, reflection or threads: the forbidden-apis idea applied to DRL. Two
 * looks, since Drools compiles consequences, functions and {@code eval}s to Java classes but runs
 * the constraints of patterns as MVEL: every class Drools generated for the pack is read for the
 * classes, methods and fields it refers to (its constant pool), and the DRL text itself (without
 * comments and string literals) is read for the names that lead there ({@code System}, {@code
 * Thread}, {@code java.io}, {@code getClass}, …).
 */
final class PackSafety {
  /** The line that declares a pack trusted, so that none of this is checked. */
  static final String TRUSTED = "// devpulse: trusted pack";

  /** Classes a pack may not touch at all (with their nested classes). */
  private static final Set<String> FORBIDDEN_CLASSES =
      Set.of(
          "java/lang/Runtime",
          "java/lang/ProcessBuilder",
          "java/lang/Process",
          "java/lang/ProcessHandle",
          "java/lang/Thread",
          "java/lang/ThreadGroup",
          "java/lang/ClassLoader",
          "java/lang/Module",
          "java/lang/ModuleLayer",
          "java/io/File",
          "java/io/FileInputStream",
          "java/io/FileOutputStream",
          "java/io/FileReader",
          "java/io/FileWriter",
          "java/io/FileDescriptor",
          "java/io/RandomAccessFile",
          "java/io/ObjectInputStream",
          "java/io/PrintWriter",
          "java/util/Timer",
          "java/util/ServiceLoader",
          "java/util/Scanner");

  /** Packages a pack may not touch at all. */
  private static final List<String> FORBIDDEN_PACKAGES =
      List.of(
          "java/lang/reflect/",
          "java/nio/file/",
          "java/nio/channels/",
          "java/net/",
          "javax/",
          "jdk/",
          "sun/",
          "com/sun/",
          "java/util/concurrent/",
          "java/lang/management/",
          "java/lang/foreign/",
          "java/util/prefs/",
          "org/mvel2/");

  /** Of {@code java/lang/System}, only these are harmless. */
  private static final Set<String> SYSTEM_ALLOWED =
      Set.of("arraycopy", "nanoTime", "currentTimeMillis", "identityHashCode", "lineSeparator");

  /**
   * Of {@code java/lang/invoke}, the bootstraps {@code javac} emits for string concatenation,
   * lambdas, records and switches: their classes are named by every such class file, so only calls
   * count.
   */
  private static final Set<String> INVOKE_BOOTSTRAPS =
      Set.of(
          "java/lang/invoke/StringConcatFactory",
          "java/lang/invoke/LambdaMetafactory",
          "java/lang/runtime/ObjectMethods",
          "java/lang/runtime/SwitchBootstraps");

  /** Of {@code java/lang/Class}, these open reflection. */
  private static final Set<String> CLASS_FORBIDDEN =
      Set.of(
          "forName",
          "getClassLoader",
          "getMethod",
          "getMethods",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getField",
          "getFields",
          "getDeclaredField",
          "getDeclaredFields",
          "getConstructor",
          "getConstructors",
          "getDeclaredConstructor",
          "getDeclaredConstructors",
          "newInstance",
          "getModule",
          "getResource",
          "getResourceAsStream",
          "getProtectionDomain");

  /**
   * Names in DRL text (comments and strings removed) that lead to forbidden APIs from MVEL
   * constraints.
   */
  private static final Pattern FORBIDDEN_TEXT =
      Pattern.compile(
          "\\b(System|Runtime|ProcessBuilder|ProcessHandle|Thread|ThreadGroup|ClassLoader|getClass|getClassLoader"
              + "|forName|MVEL|Files|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|Socket|URL|URI"
              + "|HttpClient)\\b"
              + "|\\b(javax|jdk|sun|com\\s*\\.\\s*sun|org\\s*\\.\\s*mvel2)\\s*\\."
              + "|\\bjava\\s*\\.\\s*(io|nio|net|lang\\s*\\.\\s*(reflect|invoke|management|foreign)"
              + "|util\\s*\\.\\s*(concurrent|prefs))\\b");

  /**
   * Comments and string or character literals of DRL/Java/MVEL, removed before the text is read.
   */
  private static final Pattern COMMENTS_AND_STRINGS =
      Pattern.compile(
          "//[^\\n]*|/\\*.*?\\*/|\"(\\\\.|[^\"\\\\\\n])*\"|'(\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);

  private PackSafety() {}

  static boolean trusted(Map<String, String> drl) {
    return drl.values().stream()
        .anyMatch(text -> text.lines().anyMatch(l -> l.strip().equals(TRUSTED)));
  }

  /** Every use of a forbidden API in the pack's DRL text and in the classes Drools made of it. */
  static List<RuleProblem> check(Map<String, String> drl, KieBase kieBase) {
    Set<RuleProblem> problems = new LinkedHashSet<>();
    drl.forEach((file, text) -> scanText(file, text, problems));
    for (String reference : classReferences(kieBase)) {
      problems.add(locate(drl, reference));
    }
    return new ArrayList<>(problems);
  }

  private static void scanText(String file, String text, Set<RuleProblem> problems) {
    StringBuilder blanked = new StringBuilder(text);
    Matcher cs = COMMENTS_AND_STRINGS.matcher(text);
    while (cs.find()) {
      for (int i = cs.start(); i < cs.end(); i++) {
        if (blanked.charAt(i) != '\n') {
          blanked.setCharAt(i, ' ');
        }
      }
    }
    Matcher m = FORBIDDEN_TEXT.matcher(blanked);
    while (m.find()) {
      int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      int column = m.start() - text.lastIndexOf('\n', m.start() - 1);
      problems.add(new RuleProblem(file, line, column, message(m.group().replaceAll("\\s+", ""))));
    }
  }

  private static String message(String what) {
    return "uses "
        + what
        + ", which an untrusted pack may not (process, file, network, environment,"
        + " reflection or thread access); add the line '"
        + TRUSTED
        + "' to a .drl file if you trust this pack";
  }

  /**
   * A class reference, at the first line of a DRL file naming its simple name, else at the pack.
   */
  private static RuleProblem locate(Map<String, String> drl, String reference) {
    String simple = reference.replaceAll(".*[/.$]", "").replaceAll("\\(.*", "");
    for (Map.Entry<String, String> e : drl.entrySet()) {
      String[] lines = e.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int at = lines[i].indexOf(simple);
        if (!simple.isEmpty() && at >= 0) {
          return new RuleProblem(e.getKey(), i + 1, at + 1, message(reference));
        }
      }
    }
    return new RuleProblem(
        drl.keySet().stream().findFirst().orElse("(rules)"), 0, 0, message(reference));
  }

  /**
   * The forbidden classes and members the generated classes refer to, as {@code
   * java.lang.System.exit}.
   */
  private static Set<String> classReferences(KieBase kieBase) {
    Set<String> found = new LinkedHashSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      if (!(p instanceof InternalKnowledgePackage pkg)) {
        continue;
      }
      DialectRuntimeData data = pkg.getDialectRuntimeRegistry().getDialectData("java");
      if (data instanceof JavaDialectRuntimeData java) {
        for (byte[] bytes : java.getStore().values()) {
          found.addAll(forbidden(bytes));
        }
      }
    }
    return found;
  }

  /** The forbidden references of one class file, read from its constant pool. */
  static Set<String> forbidden(byte[] classFile) {
    Set<String> found = new LinkedHashSet<>();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
      in.readInt();
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] classNameIndex = new int[count];
      int[][] member = new int[count][];
      int[] nameOfNameAndType = new int[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classNameIndex[i] = in.readUnsignedShort();
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 9, 10, 11 -> member[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
          case 12 -> {
            nameOfNameAndType[i] = in.readUnsignedShort();
            in.readUnsignedShort();
          }
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 17, 18 -> {
            in.readUnsignedShort();
            in.readUnsignedShort();
          }
          default -> throw new IOException("constant pool tag " + tag);
        }
      }
      for (int i = 1; i < count; i++) {
        if (classNameIndex[i] != 0) {
          String name = utf8[classNameIndex[i]];
          if (forbiddenClass(name)) {
            found.add(name.replace('/', '.'));
          }
        }
        if (member[i] != null) {
          String owner = utf8[classNameIndex[member[i][0]]];
          String name = utf8[nameOfNameAndType[member[i][1]]];
          if ((owner.equals("java/lang/System") && !SYSTEM_ALLOWED.contains(name))
              || (owner.equals("java/lang/Class") && CLASS_FORBIDDEN.contains(name))
              || (owner.startsWith("java/lang/invoke/") && !INVOKE_BOOTSTRAPS.contains(owner))) {
            found.add(owner.replace('/', '.') + "." + name);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      found.add("a class file devpulse cannot read (" + e.getMessage() + ")");
    }
    return found;
  }

  private static boolean forbiddenClass(String internalName) {
    String name =
        internalName.startsWith("[") ? internalName.replaceAll("^\\[+L?|;$", "") : internalName;
    int nested = name.indexOf('$');
    if (FORBIDDEN_CLASSES.contains(nested < 0 ? name : name.substring(0, nested))) {
      return true;
    }
    for (String prefix : FORBIDDEN_PACKAGES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}

using System.Reflection;
using System.Reflection.Emit;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory;

namespace MemoryAspire.UnitTests.Memory;

/// <summary>The engine's folders are layers: a type may use its own layer and those below it, never one above.</summary>
public sealed class EngineLayerTests
{
    private const string Root = "MemoryAspire.Memory";

    /// <summary>Bottom first; folders on one line are siblings and must not use each other. "" is the root: options, outcomes, the user, telemetry.</summary>
    private static readonly string[][] Layers =
    [
        ["Text"],
        [""],
        ["Storage"],
        ["Context"],
        ["Caching"],
        ["Extraction"],
        ["Summaries"],
        ["Governance"],
        ["Models"],
        ["Turns"],
        ["Jobs"],
        ["Conversations"],
    ];

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Every_folder_of_the_engine_is_a_layer()
    {
        var unknown = Types().Select(Folder).Distinct().Where(f => Layer(f) < 0).ToList();

        Assert.True(unknown.Count == 0, $"folders in no layer: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void No_type_of_the_engine_uses_a_layer_above_its_own()
    {
        var upward = Types()
            .SelectMany(type => References(type).Select(used => (From: type, To: used)))
            .Where(r => r.To.Namespace?.StartsWith(Root, StringComparison.Ordinal) == true && Folder(r.To) != Folder(r.From))
            .Where(r => Layer(Folder(r.To)) >= Layer(Folder(r.From)))
            .Select(r => $"{Outermost(r.From).FullName} ({Folder(r.From)}) -> {Outermost(r.To).FullName} ({Folder(r.To)})")
            .Distinct().Order().ToList();

        Assert.True(upward.Count == 0, $"{upward.Count} references go up or sideways:\n{string.Join("\n", upward)}");
    }

    private static IEnumerable<Type> Types() =>
        typeof(ConversationEngine).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(Root, StringComparison.Ordinal) == true);

    /// <summary>The folder below the engine's root namespace ("" for the root itself): <c>MemoryAspire.Memory.Storage.Configs</c> is Storage.</summary>
    private static string Folder(Type type) =>
        type.Namespace == Root ? "" : type.Namespace!.Substring(Root.Length + 1).Split('.')[0];

    private static int Layer(string folder) => Array.FindIndex(Layers, layer => layer.Contains(folder));

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    /// <summary>
    /// Every type a type names: in its declaration (base, interfaces, fields, properties, events, its methods' and constructors'
    /// parameters and results) and in its methods' bodies (the types, methods and fields their instructions use).
    /// </summary>
    private static IEnumerable<Type> References(Type type)
    {
        var bodies = type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)).SelectMany(UsedBy);
        IEnumerable<Type> named =
        [
            .. type.BaseType is { } b ? [b] : Array.Empty<Type>(),
            .. type.GetInterfaces(),
            .. type.GetFields(Declared).Select(f => f.FieldType),
            .. type.GetProperties(Declared).Select(p => p.PropertyType),
            .. type.GetEvents(Declared).Select(e => e.EventHandlerType!),
            .. type.GetMethods(Declared).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)),
            .. type.GetConstructors(Declared).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)),
        ];
        return named.Concat(bodies).SelectMany(Unwrap);
    }

    private static readonly Dictionary<short, OpCode> Instructions = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types a method body's instructions name, read from its IL: type, field and method tokens resolved in their module.</summary>
    private static IEnumerable<Type> UsedBy(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? Instructions[(short)(0xFE00 | il[at + 1])] : Instructions[il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineField or OperandType.InlineMethod:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    foreach (var used in Named(member))
                    {
                        yield return used;
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    private static IEnumerable<Type> Named(MemberInfo? member) => member switch
    {
        Type type => [type],
        FieldInfo field => [field.DeclaringType!, field.FieldType],
        MethodBase called => [called.DeclaringType!, .. called.GetParameters().Select(p => p.ParameterType),
            .. called is MethodInfo { ReturnType: var result } ? [result] : Array.Empty<Type>(),
            .. called.IsGenericMethod ? called.GetGenericArguments() : []],
        _ => [],
    };

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition())
            : type.IsGenericParameter ? [] : [type];
    }
}

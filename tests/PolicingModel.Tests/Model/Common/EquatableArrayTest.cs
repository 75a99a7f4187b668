namespace PolicingModel.Tests.Model;

/// <summary>The immutable-collection operations return new arrays and leave the original as it was.</summary>
public sealed class EquatableArrayTest
{
    private static readonly EquatableArray<int> OneTwoThree = [1, 2, 3];

    [Fact]
    public void Operations_return_new_arrays_and_never_change_the_original()
    {
        OneTwoThree.Add(4).Should().Equal(1, 2, 3, 4);
        OneTwoThree.AddRange([4, 5]).Should().Equal(1, 2, 3, 4, 5);
        OneTwoThree.Insert(0, 0).Should().Equal(0, 1, 2, 3);
        OneTwoThree.SetItem(1, 9).Should().Equal(1, 9, 3);
        OneTwoThree.Remove(2).Should().Equal(1, 3);
        OneTwoThree.Remove(7).Should().Equal(1, 2, 3);
        OneTwoThree.RemoveAt(0).Should().Equal(2, 3);
        OneTwoThree.RemoveAll(x => x % 2 == 1).Should().Equal(2);
        OneTwoThree.IndexOf(3).Should().Be(2);
        OneTwoThree.Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Operations_on_the_default_value_treat_it_as_empty()
    {
        default(EquatableArray<int>).Add(1).Should().Equal(1);
        default(EquatableArray<int>).Remove(1).Should().BeEmpty();
        default(EquatableArray<int>).IndexOf(1).Should().Be(-1);
    }

    [Fact]
    public void Arrays_and_lists_convert_as_copies()
    {
        int[] array = [1, 2];
        var list = new List<int> { 3, 4 };
        EquatableArray<int> fromArray = array;
        EquatableArray<int> fromList = list;
        array[0] = 99;
        list.Add(5);
        fromArray.Should().Equal(1, 2);
        fromList.Should().Equal(3, 4);
        EquatableArray<int> fromNull = (int[]?)null;
        fromNull.Should().BeEmpty();
        (fromArray == (EquatableArray<int>)new[] { 1, 2 }).Should().BeTrue("value equality");
    }

    [Fact]
    public void Bad_positions_throw_as_the_immutable_array_does()
    {
        Action insert = () => OneTwoThree.Insert(5, 0);
        insert.Should().Throw<ArgumentOutOfRangeException>();
        Action removeAt = () => OneTwoThree.RemoveAt(3);
        removeAt.Should().Throw<ArgumentOutOfRangeException>();
        Action removeAll = () => OneTwoThree.RemoveAll(null!);
        removeAll.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equatable_array_default_equals_empty()
    {
        EquatableArray<int> empty = [];
        default(EquatableArray<int>).Equals(empty).Should().BeTrue();
        (default(EquatableArray<int>) == empty).Should().BeTrue();
        default(EquatableArray<int>).Length.Should().Be(0);
        (((EquatableArray<int>)[1, 2]) != [2, 1]).Should().BeTrue();
    }
}

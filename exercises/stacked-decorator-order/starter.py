def tag(name):
    print("make", name)
    def decorate(func):
        print("wrap", name)
        def wrapper(*args):
            print("enter", name)
            result = func(*args)
            print("leave", name)
            return "<" + name + ">" + result + "</" + name + ">"
        return wrapper
    return decorate

@tag("b")
@tag("i")
def hello(who):
    print("run")
    return who

print("defined")
print(hello("x"))
print(hello.__name__)

from grind_testing import expect

from solution import singleton


def test_every_call_returns_the_same_instance():
    @singleton
    class Registry:
        pass

    expect(Registry() is Registry(), True, "Registry() is Registry()")


def test_init_runs_once_with_the_first_arguments():
    inits = []

    @singleton
    class Config:
        def __init__(self, env="dev"):
            inits.append(env)
            self.env = env

    first = Config("prod")
    second = Config()
    expect(inits, ["prod"], "__init__ calls")
    expect(second.env, "prod", "env seen through the second call")
    expect(first is second, True, "same instance")


def test_still_a_class():
    @singleton
    class Config:
        """Application settings."""
        DEFAULT_PORT = 8080

    obj = Config()
    expect(isinstance(obj, Config), True, "isinstance(obj, Config)")
    expect(Config.DEFAULT_PORT, 8080, "class attribute through the class")
    expect(Config.__name__, "Config", "__name__")

class AppError(Exception): pass
class ConfigError(AppError): pass

def load(mode):
    try:
        {}["port"]
    except KeyError as e:
        if mode == "from":
            raise ConfigError("no port") from e
        if mode == "none":
            raise ConfigError("no port") from None
        if mode == "plain":
            raise ConfigError("no port")
        try:
            int("x")
        except ValueError:
            pass
        raise

for mode in ["from", "none", "plain", "bare"]:
    try:
        load(mode)
    except AppError as e:
        print(mode, type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
    except LookupError as e:
        print(mode, type(e).__name__, e.__context__)

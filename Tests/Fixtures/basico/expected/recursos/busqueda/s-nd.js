window.LIBRO_BUSQUEDA.recibir("s-nd",["entendiend","segund"]);

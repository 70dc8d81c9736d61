window.LIBRO_BUSQUEDA.recibir("s-us",["paus"]);

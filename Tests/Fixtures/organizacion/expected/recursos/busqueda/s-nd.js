window.LIBRO_BUSQUEDA.recibir("s-nd",["agend","entendiend","grand","recomiend","respond","tiend"]);

window.LIBRO_BUSQUEDA.recibir("t-md",{"mdbook":[1,[1,1,1,1]]});

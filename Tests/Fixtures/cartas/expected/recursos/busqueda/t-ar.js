window.LIBRO_BUSQUEDA.recibir("t-ar",{"articl":[1,[1,1,3,1]]});

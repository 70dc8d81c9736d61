window.LIBRO_BUSQUEDA.recibir("t-ar",{"articl":[1,[4,1,5,1]],"articul":[1,[4,1,5,1]]});

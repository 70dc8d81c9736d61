window.LIBRO_BUSQUEDA.recibir("t-pr",{"preparar":[2,[2,1,2,1,1,1,1,10]],"primer":[1,[5,1,6,1]],"profundidad":[1,[4,1,4,1]],"prolog":[2,[0,1,0,1,1,1,1,10]]});
